package app.rapport.api.onetoone;

public enum NeedStatus {
    OPEN,
    MET,
    DROPPED
}
