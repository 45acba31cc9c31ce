package com.atlassian.activeobjects.external;

/**
 * Declaration of the host value type (final class). A clean-room minimal behaviour so that tests can
 * compare versions; Jira supplies the real class at runtime. Never packaged.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String value) {
        return new ModelVersion(value == null ? 0 : Integer.parseInt(value));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }


    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
