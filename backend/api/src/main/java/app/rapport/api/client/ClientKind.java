package app.rapport.api.client;

/** A client is an organisation (a group/enterprise client with several contacts) or a person. */
public enum ClientKind {
    ORGANISATION,
    PERSON
}
