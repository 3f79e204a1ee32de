package app.rapport.platform.privacy;

import io.micronaut.core.order.Ordered;
import java.util.List;
import java.util.Set;

/**
 * One feature's share of a client's personal-data rights. Every feature that stores something about a client
 * implements it: it names the tenant tables it keeps client data in (a test fails when a table that refers to a
 * client is named by no part and not excluded with a reason), adds its records to the export, and erases what
 * identifies the person in them. Parts run in {@link #getOrder()}; the client's own part comes first.
 */
public interface PersonalDataPart extends Ordered {
    /**
     * What an erased free-text field is left with: a dash, which reads the same in every language (the client's page
     * says in the reader's language that the person was erased, and when).
     */
    String ERASED = "—";

    /** The tenant tables (db/tenant) this part holds client data in. */
    Set<String> tables();

    /** Adds this part's records about the client to the export. */
    void export(String clientId, PersonalDataExport export);

    /**
     * Erases what identifies the person in this part's records, in the caller's transaction; answers the ids of the
     * records changed, whose before/after images the audit trail then scrubs.
     */
    List<String> erase(String clientId);
}
