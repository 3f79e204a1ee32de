/** The HTTP contract of customer tiers: definitions and method, classification runs, pins, distribution, ranking. */
package app.rapport.api.tier;
