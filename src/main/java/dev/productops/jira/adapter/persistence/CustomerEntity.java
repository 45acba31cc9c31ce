package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A customer; names are unique ignoring case, which {@link #getNameKey()} makes indexable on every database. */
@Preload
@Table("CUSTOMER")
public interface CustomerEntity extends Entity {
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String SEGMENT = "SEGMENT";
    String SEGMENT_KEY = "SEGMENT_KEY";
    String ANNUAL_REVENUE = "ANNUAL_REVENUE";
    String CURRENCY = "CURRENCY";

    @NotNull
    String getName();

    void setName(String name);

    /** The name in lower case: the uniqueness check, done by index rather than LOWER() on every row. */
    @NotNull
    @Indexed
    String getNameKey();

    void setNameKey(String nameKey);

    String getSegment();

    void setSegment(String segment);

    /** The segment in lower case, for filtering without LOWER(...) (which AO cannot quote on PostgreSQL). */
    @Indexed
    String getSegmentKey();

    void setSegmentKey(String segmentKey);

    long getAnnualRevenue();

    void setAnnualRevenue(long annualRevenue);

    String getCurrency();

    void setCurrency(String currency);
}
