package dev.productops.realjira;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The check installs the jar made for the Jira it talks to: javax for 10.x, jakarta for 11 and later. */
public class CheckSettingsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void jira10GetsTheJavaxJarAndJira11TheJakartaOne() throws Exception {
        Path javax = jar("productops-jira-1.0.jar");
        Path jakarta = jar("productops-jira-1.0-jira11.jar");
        CheckSettings settings = parse("--jar", javax.toString(), "--jar-jira11", jakarta.toString());

        assertEquals(javax, settings.jarFor("10.3.5"));
        assertEquals(jakarta, settings.jarFor("11.3.10"));
        assertEquals("a later major is Platform 8 or newer too", jakarta, settings.jarFor("12.0.0"));
    }

    @Test
    public void aJiraWithoutItsJarIsRefusedWithTheOptionToPass() throws Exception {
        Path javax = jar("productops-jira-1.0.jar");
        CheckSettings settings = parse("--jar", javax.toString());

        CheckFailure failure = assertThrows(CheckFailure.class, () -> settings.jarFor("11.0.0"));
        assertThat(failure.getMessage(), containsString("--jar-jira11"));
    }

    private Path jar(String name) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Atlassian-Plugin-Key", "dev.productops.jira");
        Path jar = folder.getRoot().toPath().resolve(name);
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        }
        return jar;
    }

    private static CheckSettings parse(String... jars) throws Exception {
        String[] args = new String[jars.length + 4];
        args[0] = "--base-url";
        args[1] = "http://localhost:2990/jira";
        args[2] = "--user";
        args[3] = "admin";
        System.arraycopy(jars, 0, args, 4, jars.length);
        return CheckSettings.parse(args, Map.of("JIRA_PASSWORD", "admin"));
    }
}
