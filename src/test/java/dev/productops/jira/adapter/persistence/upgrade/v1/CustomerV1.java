package dev.productops.jira.adapter.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The customer table as model version 1 had it: no segment key. */
@Table("CUSTOMER")
public interface CustomerV1 extends Entity {
    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getNameKey();

    void setNameKey(String nameKey);

    String getSegment();

    void setSegment(String segment);

    long getAnnualRevenue();

    void setAnnualRevenue(long annualRevenue);

    String getCurrency();

    void setCurrency(String currency);
}
