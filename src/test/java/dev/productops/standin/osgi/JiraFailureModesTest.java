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
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.ws.rs.core.SecurityContext;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stand-in's plugin system fails where Jira 10.3's does, with the reason Jira's log gives: each fixture plugin is
 * broken in one way that a kinder, home-made container used to forgive.
 */
public class JiraFailureModesTest {
    private static final String IMPORTS = "com.atlassian.sal.api.user,javax.ws.rs,javax.inject";
    private static final String GREETING_BEANS = """
                <osgi:reference id="userManager" interface="com.atlassian.sal.api.user.UserManager"/>
                <bean id="greeting" class="dev.productops.fixture.GreetingComponent"/>
            """;

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static OsgiContainer osgi;

    @BeforeClass
    public static void startContainer() throws Exception {
        osgi = OsgiContainer.start(FOLDER.newFolder("osgi").toPath(),
                Paths.get(System.getProperty("productops.osgi.platform", "target/osgi-platform")), HostPackages.jira103());
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("alice"));
        osgi.provide(UserManager.class, users);
    }

    @AfterClass
    public static void stopContainer() {
        osgi.close();
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
                () -> osgi.install(plugin.writeTo(FOLDER.getRoot().toPath()), Duration.ofSeconds(3)));
        assertThat(failure.getMessage(), containsString("services nobody provides: [com.atlassian.sal.api.auth.LoginUriProvider]"));
    }

    @Test
    public void aJarWithoutAnAtlassianPluginKeyIsNotInstalledAsIs() throws Exception {
        FixturePlugin plugin = greetingPlugin("fixture.plain").header("Atlassian-Plugin-Key", null);
        PluginNotEnabledException failure = assertThrows(PluginNotEnabledException.class, () -> install(plugin));
        assertThat(failure.getMessage(), containsString("Atlassian-Plugin-Key"));
    }

    private static FixturePlugin greetingPlugin(String key) {
        return new FixturePlugin(key).imports(IMPORTS).spring(GREETING_BEANS)
                .classes(GreetingComponent.class, GreetingResource.class, UninjectableResource.class);
    }

    private static PluginBundle install(FixturePlugin plugin) throws Exception {
        Path jar = plugin.writeTo(FOLDER.getRoot().toPath());
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
