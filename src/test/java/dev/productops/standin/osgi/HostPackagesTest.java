package dev.productops.standin.osgi;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The host exports every package we declare host types in, each at a version, as Jira does. */
public class HostPackagesTest {
    @Test
    public void everyDeclaredHostPackageIsExportedWithAVersion() throws IOException {
        Set<String> declared;
        Path hostApi = Paths.get("src/host-api/java");
        try (Stream<Path> files = Files.walk(hostApi)) {
            declared = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> hostApi.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // The Jira 11 stand-in reads its own list (the build renames the 10.3 one's name into it): both must cover them.
        for (String list : new String[]{HostPackages.JIRA_10_3, "standin/jira-11-exports.properties"}) {
            HostPackages packages = HostPackages.read(list);
            Set<String> missing = new TreeSet<>(declared);
            missing.removeAll(packages.versions().keySet());
            assertEquals("host-api packages " + list + " does not export", Set.of(), missing);
            packages.versions().forEach((name, version) ->
                    assertTrue(list + ": " + name + " " + version, version.matches("\\d+\\.\\d+\\.\\d+")));
        }
    }

    @Test
    public void theSystemBundleHeaderCarriesEachVersion() {
        HostPackages packages = new HostPackages(new java.util.TreeMap<>(java.util.Map.of("javax.inject", "1.0.0", "org.slf4j", "1.7.36")));
        assertEquals("javax.inject;version=\"1.0.0\",org.slf4j;version=\"1.7.36\"", packages.systemPackagesExtra());
    }
}
