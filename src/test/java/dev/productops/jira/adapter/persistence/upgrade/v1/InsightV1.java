package dev.productops.jira.adapter.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** The insight table as model version 1 had it: no search text, no fingerprint. */
@Table("INSIGHT")
public interface InsightV1 extends Entity {
    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getQuote();

    void setQuote(String quote);

    @NotNull
    String getSource();

    void setSource(String source);

    Integer getCustomerId();

    void setCustomerId(Integer customerId);

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    @NotNull
    Date getUpdated();

    void setUpdated(Date updated);
}
