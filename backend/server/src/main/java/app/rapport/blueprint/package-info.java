/**
 * Service blueprints: a service process as steps in four lanes with flows, versioned DRAFT → PUBLISHED → RETIRED;
 * the check that guards publishing ({@link BlueprintCheck}), the diagram drawn as SVG and PNG,
 * and per-step performance of the touchpoints logged against a published version
 * ({@link StepStandard}).
 */
package app.rapport.blueprint;
