/** Service-level policies: milestone targets in business minutes per tenant and tier, versioned. */
package app.rapport.sla;
