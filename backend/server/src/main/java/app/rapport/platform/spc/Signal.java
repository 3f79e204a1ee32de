package app.rapport.platform.spc;

/** A rule fired at point {@code index}, the one completing its pattern. */
public record Signal(int index, Rule rule) {}
