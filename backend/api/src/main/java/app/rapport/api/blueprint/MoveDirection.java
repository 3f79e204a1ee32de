package app.rapport.api.blueprint;

/** Where a step moves: a column earlier or later along the process, or a lane up or down. */
public enum MoveDirection {
    LEFT,
    RIGHT,
    UP,
    DOWN
}
