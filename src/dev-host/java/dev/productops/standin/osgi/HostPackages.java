package dev.productops.standin.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The packages the host exports to plugins, with the versions Jira 10.3 exports them at (sources in docs/host-api.md,
 * "Packages the host exports"). A plugin whose Import-Package asks for anything else, or for another version range,
 * does not resolve, as in Jira.
 */
public record HostPackages(Map<String, String> versions) {
    static final String JIRA_10_3 = "standin/jira-10.3-exports.properties";

    public static HostPackages jira103() {
        return read(JIRA_10_3);
    }

    static HostPackages read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = HostPackages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new TreeMap<>();
        properties.forEach((name, version) -> versions.put(name.toString(), version.toString().trim()));
        return new HostPackages(versions);
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}. */
    String systemPackagesExtra() {
        return versions.entrySet().stream()
                .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
    }
}
