package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A piece of customer evidence. The customer is referenced by plain id: no AO relation getters, no N+1.
 * Preloaded columns are listed so that reads skip the derived search text and fingerprint (a second copy of
 * every quote: measured, it doubled what the issue panel read for a busy issue). The (ID, CUSTOMER_ID) index lets
 * the metrics' GROUP BY join links to customers from the index alone instead of scanning every quote: measured,
 * it halved evidence coverage on PostgreSQL (docs/performance.md).
 */
@Preload({InsightEntity.TITLE, InsightEntity.QUOTE, InsightEntity.SOURCE, "SOURCE_URL", InsightEntity.CUSTOMER_ID,
        InsightEntity.CAPTURED_ON, "AUTHOR_KEY", InsightEntity.CREATED, InsightEntity.UPDATED, InsightEntity.VERSION})
@Table("INSIGHT")
@Indexes(@Index(name = "insight_customer", methodNames = {"getID", "getCustomerId"}))
public interface InsightEntity extends Entity {
    String TITLE = "TITLE";
    String QUOTE = "QUOTE";
    String SOURCE = "SOURCE";
    String CUSTOMER_ID = "CUSTOMER_ID";
    String CAPTURED_ON = "CAPTURED_ON";
    String CREATED = "CREATED";
    String UPDATED = "UPDATED";
    String FINGERPRINT = "FINGERPRINT";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String VERSION = "VERSION";

    /**
     * 255 characters as people count them (code points); HSQLDB, H2 and SQL Server count UTF-16 units, in which
     * an emoji is two, so the column has room for 450.
     */
    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getQuote();

    void setQuote(String quote);

    /** {@link dev.productops.jira.domain.insight.SourceType#id()} */
    @NotNull
    String getSource();

    void setSource(String source);

    @StringLength(StringLength.MAX_LENGTH)
    String getSourceUrl();

    void setSourceUrl(String sourceUrl);

    @Indexed
    Integer getCustomerId();

    void setCustomerId(Integer customerId);

    Date getCapturedOn();

    void setCapturedOn(Date capturedOn);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    @NotNull
    Date getUpdated();

    void setUpdated(Date updated);

    /** SHA-256 of the normalised content: finds "the same evidence" when a file is imported again. */
    @Indexed
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /**
     * Title and quote in lower case: what word search compares. Kept by us because AO cannot quote column
     * names inside LOWER(...) on PostgreSQL, and LOWER over a CLOB is costly on Oracle.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);

    /** Starts at 1, one more per edit: an edit based on an older version is refused (409). Null before upgrade 3 means 1. */
    Integer getVersion();

    void setVersion(Integer version);
}
