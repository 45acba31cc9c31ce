package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps what must exist once (an insight–issue link, a dependency's attributes, a customer name, an imported file
 * row, an edit of one insight version) once, whatever the isolation level. "Find, then create" is not enough: on
 * READ COMMITTED, Jira's level on PostgreSQL, two requests both find nothing and both create (the adversarial audit
 * measured three links of one pair and 100 insights from ten imports of a 10-row file). So each such write also
 * claims its key here in the same transaction; the database lets one claim of a key succeed and the other fail
 * (waiting for the first to commit), and {@link SalTransactions} runs the loser again, which then finds the row.
 * AO cannot declare a unique index over two columns, hence one key column for every kind of key.
 */
public final class UniqueKeys {
    private final ActiveObjects ao;

    UniqueKeys(ActiveObjects ao) {
        this.ao = ao;
    }

    /** For the upgrade task that gives rows written before version 3 their keys. */
    public static UniqueKeys of(ActiveObjects ao) {
        return new UniqueKeys(ao);
    }

    public static String link(int insightId, long issueId) {
        return "link:" + insightId + ":" + issueId;
    }

    public static String dependency(long linkId) {
        return "dependency:" + linkId;
    }

    /** Hashed: a name key may be as long as the column. */
    public static String customerName(String nameKey) {
        return "customer:" + sha256(nameKey);
    }

    static String imported(String fingerprint) {
        return "import:" + fingerprint;
    }

    static String edit(int insightId, int version) {
        return "edit:" + insightId + ":" + version;
    }

    public static String insight(int id) {
        return "insight:" + id;
    }

    public static String customer(int id) {
        return "customer:" + id;
    }

    /** Fails (with the database's unique violation) if the key is taken, also by a transaction not yet committed. */
    public void claim(String key, String owner) {
        ao.create(UniqueKeyEntity.class, new DBParam(UniqueKeyEntity.KEY_VALUE, key), new DBParam(UniqueKeyEntity.OWNER, owner));
    }

    void release(String key) {
        ao.deleteWithSQL(UniqueKeyEntity.class, UniqueKeyEntity.KEY_VALUE + " = ?", key);
    }

    void releaseAllOf(String owner) {
        ao.deleteWithSQL(UniqueKeyEntity.class, UniqueKeyEntity.OWNER + " = ?", owner);
    }

    /** The owner's keys that start with the prefix, except one. */
    void releaseOthers(String owner, String prefix, String except) {
        ao.deleteWithSQL(UniqueKeyEntity.class, UniqueKeyEntity.OWNER + " = ? AND " + UniqueKeyEntity.KEY_VALUE + " LIKE ? AND "
                + UniqueKeyEntity.KEY_VALUE + " <> ?", owner, prefix + "%", except);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
