package app.rapport.api.common;

import java.util.List;

/** A field a CSV column can fill in an import: whether it must be mapped, and the headers recognised without a map. */
public interface ImportColumn {
    String name();

    boolean required();

    List<String> knownHeaders();
}
