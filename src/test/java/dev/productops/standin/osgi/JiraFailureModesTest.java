package dev.productops.standin.osgi;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.fixture.GreetingComponent;
import dev.productops.fixture.GreetingResource;
import dev.productops.fixture.UninjectableResource;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.plugin.PluginRest;
import dev.productops.standin.store.HostUser;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import javax.ws.rs.core.SecurityContext;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stand-in's plugin system fails where Jira's does, with the reason Jira's log gives: each fixture plugin is
 * broken in one way that a kinder, home-made container used to forgive. Every case runs on both Spring sides: Jira 10.3's
 * Gemini Blueprint on Spring 5.3, and the Spring 6 extender that plays Platform 8's Gemini build for Jira 11.
 */
@RunWith(Parameterized.class)
public class JiraFailureModesTest {
    private static final String IMPORTS = "com.atlassian.sal.api.user,javax.ws.rs,javax.inject";
    private static final String GREETING_BEANS = """
                <osgi:reference id="userManager" interface="com.atlassian.sal.api.user.UserManager"/>
                <bean id="greeting" class="dev.productops.fixture.GreetingComponent"/>
            """;

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static final Map<String, OsgiContainer> CONTAINERS = new HashMap<>();

    @Parameters(name = "{0}")
    public static List<Object[]> platforms() {
        return List.of(new Object[]{"Jira 10.3: Gemini on Spring 5.3", "target/osgi-platform"},
                new Object[]{"Jira 11: Platform 8 on Spring 6", "target/osgi-platform-8"});
    }

    private final String platform;
    private final OsgiContainer osgi;

    public JiraFailureModesTest(String platform, String folder) throws Exception {
        this.platform = platform;
        this.osgi = CONTAINERS.computeIfAbsent(folder, JiraFailureModesTest::start);
    }

    private static OsgiContainer start(String folder) {
        try {
            OsgiContainer osgi = OsgiContainer.start(FOLDER.newFolder().toPath(), Paths.get(folder), HostPackages.jira103());
            UserManager users = mock(UserManager.class);
            when(users.getRemoteUserKey()).thenReturn(new UserKey("alice"));
            osgi.provide(UserManager.class, users);
            return osgi;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the OSGi platform in " + folder, e);
        }
    }

    @AfterClass
    public static void stopContainers() {
        CONTAINERS.values().forEach(OsgiContainer::close);
    }

    @Test
    public void aWellFormedPluginEnablesAndItsRestResourcesAnswer() throws Exception {
        PluginBundle plugin = install(greetingPlugin("fixture.good"));
        assertEquals("the bean got the host's UserManager", "hello alice", plugin.invoke("greeting", "greet"));
        assertEquals(200, get(plugin, "/greeting").getStatus());
        assertEquals("hello alice", get(plugin, "/greeting").getEntity());
    }

    @Test
    public void aRestResourceWithoutAnInjectConstructorFailsAsInRestV2() throws Exception {
        PluginBundle plugin = install(greetingPlugin("fixture.uninjectable"));
        Exception failure = assertThrows(Exception.class, () -> get(plugin, "/uninjectable"));
        assertThat(rootMessages(failure), containsString("Could not find a suitable constructor"));
        assertEquals("the same plugin's @Inject resource still works", 200, get(plugin, "/greeting").getStatus());
    }

    @Test
    public void aMissingImportPackageLeavesThePluginDisabled() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.missing.import").imports("javax.ws.rs,javax.inject");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(rootMessages(failure), containsString("com.atlassian.sal.api.user"));
    }

    @Test
    public void anImportNobodyExportsStopsTheBundleFromResolving() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.unresolvable")
                .imports(IMPORTS + ",com.atlassian.jira.bc.issue;version=\"[10.3,11)\"");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(failure.getMessage(), containsString("missing requirement"));
        assertThat(failure.getMessage(), containsString("com.atlassian.jira.bc.issue"));
    }

    @Test
    public void anImportRangeJiraDoesNotExportStopsTheBundleFromResolving() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.servlet5").imports(IMPORTS + ",javax.servlet;version=\"[5.0,6)\"");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(failure.getMessage(), containsString("javax.servlet"));
    }

    @Test
    public void aMisspelledReferenceInterfaceFailsTheSpringContext() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.misspelled").spring(
                "<osgi:reference id=\"userManager\" interface=\"com.atlassian.sal.api.user.UserManagr\"/>");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(rootMessages(failure), containsString("com.atlassian.sal.api.user.UserManagr"));
    }

    @Test
    public void aReferenceToAServiceTheHostDoesNotProvideTimesOut() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.unprovided")
                .imports(IMPORTS + ",com.atlassian.sal.api.auth")
                .spring(GREETING_BEANS + "<osgi:reference id=\"login\" interface=\"com.atlassian.sal.api.auth.LoginUriProvider\"/>");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class,
                () -> osgi.install(plugin.writeTo(FOLDER.newFolder().toPath()), Duration.ofSeconds(3)));
        assertThat(failure.getMessage(), containsString("services nobody provides: [com.atlassian.sal.api.auth.LoginUriProvider]"));
    }

    @Test
    public void aJarWithoutAnAtlassianPluginKeyIsNotInstalledAsIs() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.plain").header("Atlassian-Plugin-Key", null);
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(failure.getMessage(), containsString("Atlassian-Plugin-Key"));
    }

    @Test
    public void gemini_sNamespaceBeyondWhatIsImplementedIsRefusedOnPlatform8() throws Exception {
        Assume.assumeTrue("Gemini itself implements all of its namespace", platform.startsWith("Jira 11"));
        FixturePlugin plugin = greetingPlugin("fixture.filtered").spring(
                "<osgi:reference id=\"userManager\" interface=\"com.atlassian.sal.api.user.UserManager\" filter=\"(a=b)\"/>"
                        + "<bean id=\"greeting\" class=\"dev.productops.fixture.GreetingComponent\"/>");
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(rootMessages(failure), containsString("attribute 'filter' is not supported"));
    }

    @Test
    public void aJavaxPluginDoesNotResolveOnJira11sExports() throws Exception {
        Assume.assumeTrue(platform.startsWith("Jira 11"));
        try (OsgiContainer jira11 = OsgiContainer.start(FOLDER.newFolder().toPath(), Paths.get("target/osgi-platform-8"),
                HostPackages.read("standin/jira-11-exports.properties"))) {
            PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class,
                    () -> jira11.install(greetingPlugin("fixture.javax").writeTo(FOLDER.getRoot().toPath()), Duration.ofSeconds(30)));
            assertThat(failure.getMessage(), containsString("missing requirement"));
            assertThat(failure.getMessage(), containsString("javax.ws.rs"));
        }
    }

    private static FixturePlugin greetingPlugin(String key) {
        return new FixturePlugin(key).imports(IMPORTS).spring(GREETING_BEANS)
                .classes(GreetingComponent.class, GreetingResource.class, UninjectableResource.class);
    }

    private PluginBundle install(FixturePlugin plugin) throws Exception {
        Path jar = plugin.writeTo(FOLDER.newFolder().toPath());
        return osgi.install(jar, Duration.ofSeconds(30));
    }

    private static ContainerResponse get(PluginBundle plugin, String path) throws Exception {
        PluginDescriptor.RestModule module = new PluginDescriptor.RestModule("rest", "/fixture", "1.0", List.of("dev.productops.fixture"));
        ApplicationHandler jersey = new ApplicationHandler(PluginRest.application(module, plugin, new ObjectMapper()));
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost" + path),
                "GET", (SecurityContext) null, new org.glassfish.jersey.internal.MapPropertiesDelegate(), null);
        HostUser alice = new HostUser(1, "alice", "alice", "Alice", "alice@example.com", "alice", false, Set.of());
        return SignedInUser.as(alice, () -> {
            try {
                return jersey.apply(request).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String rootMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }
}
