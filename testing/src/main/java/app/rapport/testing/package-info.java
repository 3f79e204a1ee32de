/** The real servers every integration test runs against: Testcontainers with Docker, local ones without. */
package app.rapport.testing;
