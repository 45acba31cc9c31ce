package dev.productops.standin.host;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

record StandInStatus(String name, dev.productops.standin.store.StatusCategory category) implements Status {
    @Override
    public String getId() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public StatusCategory getStatusCategory() {
        return new StatusCategory() {
            @Override
            public Long getId() {
                return (long) category.ordinal() + 2;
            }

            @Override
            public String getKey() {
                return category.key();
            }

            @Override
            public String getName() {
                return category.displayName();
            }

            @Override
            public String getColorName() {
                return category.colorName();
            }
        };
    }
}
