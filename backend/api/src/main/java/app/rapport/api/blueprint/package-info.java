/** Service blueprints: versions, steps in lanes, flows, checks, the diagram and per-step performance. */
package app.rapport.api.blueprint;
