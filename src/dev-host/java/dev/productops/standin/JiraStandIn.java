package dev.productops.standin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.productops.standin.ao.ActiveObjectsModel;
import dev.productops.standin.ao.AtlassianNaming;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import dev.productops.standin.ao.JiraConnectionPool;
import dev.productops.standin.dashboard.SystemDashboard;
import dev.productops.standin.dataset.JiraRestDataset;
import dev.productops.standin.host.DatabasePluginSettings;
import dev.productops.standin.host.FilePluginSettings;
import dev.productops.standin.host.RequiredWebResources;
import dev.productops.standin.host.StandInOfBiz;
import dev.productops.standin.host.SharedDatabase;
import dev.productops.standin.host.StandInDatabase;
import dev.productops.standin.host.StandInJira;
import dev.productops.standin.host.StandInSearch;
import dev.productops.standin.host.StandInScheduler;
import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.host.StandInSal;
import dev.productops.standin.host.VelocityTemplateRenderer;
import dev.productops.standin.osgi.HostPackages;
import dev.productops.standin.osgi.OsgiContainer;
import dev.productops.standin.osgi.PluginBundle;
import dev.productops.standin.osgi.PluginNotEnabledException;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.plugin.PluginJar;
import dev.productops.standin.plugin.PluginRest;
import dev.productops.standin.plugin.PluginWeb;
import dev.productops.standin.sample.DcaptOrganisation;
import dev.productops.standin.sample.PluginRestClient;
import dev.productops.standin.sample.SampleDashboard;
import dev.productops.standin.sample.SampleInsights;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.sample.SampleSnapshots;
import dev.productops.standin.store.HostData;
import dev.productops.standin.web.Authentication;
import dev.productops.standin.web.DashboardApiServlet;
import dev.productops.standin.web.DashboardServlet;
import dev.productops.standin.web.IssueNavigatorServlet;
import dev.productops.standin.web.DecoratedServlet;
import dev.productops.standin.web.IssueViewServlet;
import dev.productops.standin.web.JiraCallsServlet;
import dev.productops.standin.web.JiraRestApiServlet;
import dev.productops.standin.web.LoginServlet;
import dev.productops.standin.web.LogoutServlet;
import dev.productops.standin.web.PageLayout;
import dev.productops.standin.web.SecurityHeaders;
import dev.productops.standin.web.XsrfCheck;
import dev.productops.standin.web.UpmServlet;
import dev.productops.standin.web.WebResourceServlet;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.osgi.framework.wiring.BundleWiring;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A local stand-in for Jira Data Center that hosts the unchanged plugin like {@code atlas-run}: same port
 * and context path, the plugin's descriptor and Spring XML read and mounted, the host services it imports
 * implemented over a generated sample organisation (or real Jira REST JSON) and an embedded database.
 */
public final class JiraStandIn implements AutoCloseable {
    public static final String CONTEXT_PATH = "/jira";

    /**
     * Everything that can be set from the command line (system properties productops.*). {@code database} is
     * an external database (PostgreSQL, as Jira DC runs on) instead of the embedded one in the data directory.
     * {@code pluginJar} is the packaged plugin, installed as it is; {@code osgiPlatform} holds the Spring and Gemini
     * bundles it runs on.
     */
    public record Settings(int port, Path dataDirectory, Optional<Path> dataset, Path nodeModules, long seed,
                           Optional<Database> database, Path pluginJar, Path osgiPlatform, Optional<ClusterNode> node) {
        public Settings(int port, Path dataDirectory, Optional<Path> dataset, Path nodeModules, long seed,
                        Optional<Database> database, Path pluginJar, Path osgiPlatform) {
            this(port, dataDirectory, dataset, nodeModules, seed, database, pluginJar, osgiPlatform, Optional.empty());
        }

        /** The same stand-in as one node of a cluster (it needs the shared {@code database}). */
        public Settings asNode(ClusterNode clusterNode) {
            return new Settings(port, dataDirectory, dataset, nodeModules, seed, database, pluginJar, osgiPlatform, Optional.of(clusterNode));
        }

        public Settings(int port, Path dataDirectory, Optional<Path> dataset, Path nodeModules, long seed) {
            this(port, dataDirectory, dataset, nodeModules, seed, Optional.empty());
        }

        public Settings(int port, Path dataDirectory, Optional<Path> dataset, Path nodeModules, long seed, Optional<Database> database) {
            this(port, dataDirectory, dataset, nodeModules, seed, database, PluginJar.fromSystemProperties(),
                    Paths.get(System.getProperty("productops.osgi.platform", "target/osgi-platform")));
        }

        /** The same stand-in hosting another plugin jar (the test fixtures that must fail as Jira fails). */
        public Settings withPluginJar(Path jar) {
            return new Settings(port, dataDirectory, dataset, nodeModules, seed, database, jar, osgiPlatform, node);
        }

        public static Settings fromSystemProperties() {
            String dataset = System.getProperty("productops.dataset", "").trim();
            String url = System.getProperty("productops.db.url", "").trim();
            String nodeId = System.getProperty("productops.node.id", "").trim();
            Settings settings = new Settings(
                    Integer.parseInt(System.getProperty("productops.port", "2990")),
                    Paths.get(System.getProperty("productops.data", "target/productops-data")),
                    dataset.isEmpty() ? Optional.empty() : Optional.of(Paths.get(dataset)),
                    Paths.get(System.getProperty("productops.npm", "target/npm/node_modules")),
                    Long.getLong("productops.seed", 42L),
                    url.isEmpty() ? Optional.empty() : Optional.of(new Database(url, System.getProperty("productops.db.user", ""),
                            System.getProperty("productops.db.password", ""), System.getProperty("productops.db.schema", "public"))));
            if (nodeId.isEmpty()) {
                return settings;
            }
            return settings.asNode(new ClusterNode(nodeId, Paths.get(System.getProperty("productops.shared.home",
                    settings.dataDirectory().resolve("shared-home").toString()))));
        }
    }

    /**
     * This stand-in as a node of a Jira Data Center cluster: what the nodes share is the database (plugin tables,
     * plugin settings, cluster-wide scheduled jobs) and the shared home directory; each keeps its own data directory.
     */
    public record ClusterNode(String id, Path sharedHome) {
    }

    /** A JDBC database for the plugin's tables, e.g. jdbc:postgresql://localhost:5432/jira. */
    public record Database(String url, String user, String password, String schema) {
    }

    /** Held so the setting sticks: JUL keeps loggers weakly. Jersey's notes about optional JAXB/activation are noise here. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private final Server server;
    private final HostData data;
    private final EntityManager entityManager;
    private final String baseUrl;

    private final StandInJira jira;
    private final StandInDatabase database;
    private final StandInScheduler scheduler;
    private final OsgiContainer osgi;
    private final PluginBundle plugin;

    private JiraStandIn(Server server, HostData data, EntityManager entityManager, String baseUrl, StandInJira jira,
                        StandInDatabase database, StandInScheduler scheduler, OsgiContainer osgi, PluginBundle plugin) {
        this.jira = jira;
        this.database = database;
        this.scheduler = scheduler;
        this.osgi = osgi;
        this.plugin = plugin;
        this.server = server;
        this.data = data;
        this.entityManager = entityManager;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        JiraStandIn standIn = start(Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> standIn.closeWithin(Duration.ofSeconds(20))));
        System.out.printf("%nProduct Ops for Jira is running in the Jira stand-in (started in %.1f s).%n"
                        + "Open %s/browse/%s and log in as admin/admin (or alice/alice, bob/bob). Ctrl+C stops it.%n%n",
                (System.nanoTime() - started) / 1e9, standIn.baseUrl(), standIn.data().issues().get(0).key());
        standIn.server.join();
    }

    /**
     * The data: real Jira JSON ({@code -Dproductops.dataset}), a DCAPT-size instance ({@code -Dproductops.sample=dcapt} or
     * {@code dcapt:ISSUES}, with no sample evidence), or the six-team sample organisation.
     */
    public static JiraStandIn start(Settings settings) throws Exception {
        String sample = System.getProperty("productops.sample", "").trim();
        if (settings.dataset().isPresent()) {
            return start(settings, JiraRestDataset.load(settings.dataset().get()), false);
        }
        if (!sample.isEmpty()) {
            long started = System.nanoTime();
            HostData data = DcaptOrganisation.generate(DcaptOrganisation.Size.parse(sample), settings.seed(), LocalDate.now());
            System.out.printf("Generated %,d issues in %,d projects with %,d links in %.1f s%n", data.issues().size(),
                    data.projects().size(), data.links().size(), (System.nanoTime() - started) / 1e9);
            return start(settings, data, false);
        }
        return start(settings, SampleOrganisation.generate(settings.seed(), LocalDate.now()), true);
    }

    /**
     * Hosts the plugin jar over the given Jira data, the way Jira 10.3 does (Felix, Gemini Blueprint, Jersey with HK2);
     * sample customers and evidence only for the sample organisation. Fails, with Jira's reason, when the plugin would
     * not enable in Jira.
     */
    public static JiraStandIn start(Settings settings, HostData data, boolean seedSampleEvidence) throws Exception {
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
        PluginJar jar = PluginJar.open(settings.pluginJar());
        PluginDescriptor descriptor = jar.descriptor();

        if (settings.node().isPresent() && settings.database().isEmpty()) {
            throw new IllegalArgumentException("A cluster node needs the shared database: set -Dproductops.db.url (PostgreSQL).");
        }
        // An external database leaves the data directory to the stand-in's own files (OSGi cache, settings, dashboard).
        Files.createDirectories(settings.dataDirectory());
        EntityManager entityManager = settings.database().isPresent()
                ? openDatabase(settings.database().get(), descriptor.ao().namespace())
                : openDatabase(settings.dataDirectory(), descriptor.ao().namespace());
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        Properties messages = jar.messages();
        StandInJira jira = new StandInJira(data, SampleOrganisation.BROWSE_ONLY);
        StandInTimeZones timeZones = new StandInTimeZones(StandInTimeZones.configuredDefault(), SampleOrganisation.TIME_ZONES);
        StandInSal sal = new StandInSal(data, messages, CONTEXT_PATH, settings.database().isPresent()
                ? new DatabasePluginSettings(new SharedDatabase(entityManager))
                : new FilePluginSettings(settings.dataDirectory().resolve("plugin-settings.properties")).verified());
        StandInDatabase database = new StandInDatabase(entityManager);
        StandInScheduler scheduler = settings.node().isPresent()
                ? new StandInScheduler(new SharedDatabase(entityManager), settings.node().get().id(),
                        Duration.ofMillis(Long.getLong("productops.scheduler.poll.millis", 5000)))
                : new StandInScheduler();

        OsgiContainer osgi = OsgiContainer.start(settings.dataDirectory().resolve("osgi-cache"), settings.osgiPlatform(),
                HostPackages.jira103());
        PluginBundle plugin;
        try {
            provideHostServices(osgi, activeObjects, sal, jira, database, scheduler, timeZones);
            plugin = osgi.install(settings.pluginJar(), Duration.ofSeconds(60));
        } catch (PluginNotEnabledException | RuntimeException e) {
            // What Jira's log says when a plugin stays disabled.
            System.err.println("[plugin.osgi] " + e.getMessage());
            osgi.close();
            entityManager.getProvider().dispose();
            throw e;
        }
        new ActiveObjectsModel(descriptor.ao(), plugin, sal).upgradeAndMigrate(activeObjects, entities(descriptor, plugin));
        // What SAL does once Jira is up: start the plugin's LifecycleAware services (they schedule their jobs).
        plugin.servicesAs(LifecycleAware.class).forEach(LifecycleAware::onStart);

        Map<String, String> messageMap = new LinkedHashMap<>();
        messages.forEach((k, v) -> messageMap.put(k.toString(), v.toString()));
        PluginWeb pluginWeb = new PluginWeb(descriptor, plugin, new VelocityTemplateRenderer(plugin.classLoader()), messageMap);
        PageLayout layout = new PageLayout(new VelocityTemplateRenderer(JiraStandIn.class.getClassLoader()), pluginWeb, CONTEXT_PATH, messageMap);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        // Tomcat's settings in Jira: the session cookie is out of scripts' reach; SameSite=Lax keeps it off cross-site posts.
        protectSessionCookie(context);
        context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
        Authentication authentication = new Authentication(data, json);
        context.addFilter(new FilterHolder(authentication), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new XsrfCheck()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new LoginServlet(authentication, layout)), "/login.jsp");
        context.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        mountDashboard(context, settings.dataDirectory(), data, descriptor, layout, messageMap, json, timeZones, seedSampleEvidence);
        context.addServlet(new ServletHolder(new IssueViewServlet(jira, pluginWeb, layout)), "/browse/*");
        context.addServlet(new ServletHolder(new JiraRestApiServlet(data, json, timeZones)), "/rest/api/2/*");
        context.addServlet(new ServletHolder(new JiraCallsServlet(jira.calls(), json)), "/rest/standin/1.0/jira-calls");
        // The stand-in only starts once the plugin enabled (OsgiContainer.install throws otherwise); modules can then be
        // switched off one by one, as in UPM.
        ClassLoader pluginLoader = plugin.classLoader();
        context.addServlet(new ServletHolder(new UpmServlet(
                () -> UpmServlet.PluginStatus.of(descriptor, pluginLoader, pluginWeb.switches()), pluginWeb.switches(), json)),
                "/rest/plugins/1.0/*");
        context.addServlet(new ServletHolder(new WebResourceServlet(pluginWeb, plugin.classLoader(), settings.nodeModules(), messageMap)),
                "/download/resources/*");
        for (PluginDescriptor.RestModule rest : descriptor.rest()) {
            context.addServlet(new ServletHolder(PluginRest.servlet(rest, plugin, json)), rest.baseUrl() + "/*");
        }
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            HttpServlet instance = new DecoratedServlet(plugin.createModule(servlet.servletClass(), HttpServlet.class), layout);
            ServletHolder holder = new ServletHolder(servlet.key(), instance);
            for (String pattern : servlet.urlPatterns()) {
                context.getServletHandler().addServletWithMapping(holder, "/plugins/servlet" + pattern);
            }
        }
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(javax.servlet.http.HttpServletRequest req, javax.servlet.http.HttpServletResponse resp)
                    throws IOException {
                if (req.getServletPath().equals("/") || req.getServletPath().isEmpty()) {
                    resp.sendRedirect(CONTEXT_PATH + "/secure/Dashboard.jspa");
                } else {
                    resp.sendError(404);
                }
            }
        }), "/");

        // Outside the context path everything moves to Jira's root. Only Jetty API that Jetty 9.4 and Jetty 12 (ee10) share
        // is used here, so the Jira 11 stand-in is this class with its javax names renamed (src/jira11).
        ServletContextHandler root = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        root.setContextPath("/");
        root.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(javax.servlet.http.HttpServletRequest req, javax.servlet.http.HttpServletResponse resp)
                    throws IOException {
                resp.sendRedirect(CONTEXT_PATH + "/");
            }
        }), "/*");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new ContextHandlerCollection(context, root));
        server.start();
        String baseUrl = "http://localhost:" + connector.getLocalPort() + CONTEXT_PATH;
        JiraStandIn standIn = new JiraStandIn(server, data, entityManager, baseUrl, jira, database, scheduler, osgi, plugin);
        if (seedSampleEvidence) {
            SampleInsights.seedIfEmpty(data, new PluginRestClient(baseUrl + descriptor.rest().get(0).baseUrl(), "admin", "admin"),
                    settings.seed());
            SampleSnapshots.seedIfEmpty(plugin);
        }
        return standIn;
    }

    /**
     * AO's HSQLDB provider inserts under a Java monitor (HSQLDatabaseProvider.executeInsertReturningKey is
     * synchronized): an insert that waits for another transaction's row (a unique key it holds, uncommitted) keeps
     * the monitor that transaction needs for its next insert, and both wait for ever (adversary.md F2). No Jira
     * database has that monitor, so on HSQLDB alone the stand-in runs transactions one at a time; races are tested
     * on PostgreSQL and MariaDB (ConcurrentWritesTest).
     */
    private static TransactionTemplate transactions(EntityManagerActiveObjects activeObjects) {
        if (!(activeObjects.entityManager().getProvider() instanceof net.java.ao.db.HSQLDatabaseProvider)) {
            return activeObjects::executeInTransaction;
        }
        java.util.concurrent.locks.ReentrantLock oneAtATime = new java.util.concurrent.locks.ReentrantLock(true);
        return new TransactionTemplate() {
            @Override
            public <T> T execute(com.atlassian.sal.api.transaction.TransactionCallback<T> action) {
                oneAtATime.lock();
                try {
                    return activeObjects.executeInTransaction(action);
                } finally {
                    oneAtATime.unlock();
                }
            }
        };
    }

    /** The host services, under the interfaces Jira and its bundled plugins export them as. */
    private static void provideHostServices(OsgiContainer osgi, EntityManagerActiveObjects activeObjects, StandInSal sal,
                                            StandInJira jira, StandInDatabase database, StandInScheduler scheduler,
                                            StandInTimeZones timeZones) {
        osgi.provide(ActiveObjects.class, activeObjects);
        osgi.provide(TransactionTemplate.class, transactions(activeObjects));
        osgi.provide(UserManager.class, sal);
        osgi.provide(I18nResolver.class, sal);
        osgi.provide(LoginUriProvider.class, sal);
        osgi.provide(PluginSettingsFactory.class, sal);
        osgi.provide(PageBuilderService.class, new RequiredWebResources());
        osgi.providePerBundle(TemplateRenderer.class,
                bundle -> new VelocityTemplateRenderer(bundle.adapt(BundleWiring.class).getClassLoader()));
        osgi.provide(IssueManager.class, jira);
        osgi.provide(IssueLinkManager.class, jira);
        osgi.provide(IssueLinkTypeManager.class, jira);
        osgi.provide(ProjectManager.class, jira);
        osgi.provide(PermissionManager.class, jira);
        osgi.provide(GroupManager.class, jira);
        osgi.provide(JiraAuthenticationContext.class, jira);
        osgi.provide(VersionManager.class, jira);
        osgi.provide(TransactionalExecutorFactory.class, database);
        osgi.provide(SchedulerService.class, scheduler);
        osgi.provide(TimeZoneManager.class, timeZones);
        osgi.provide(SearchService.class, new StandInSearch(jira.data(), jira.calls(), timeZones));
        osgi.provide(OfBizDelegator.class, new StandInOfBiz(jira.data(), jira.calls()));
    }

    /**
     * HttpOnly and SameSite=Lax on the session cookie. Jetty 9.4 and Jetty 12 (the Jira 11 stand-in runs this same
     * bytecode, renamed to jakarta) have the same session methods, but {@code getSessionHandler()} returns a different
     * class in each, so the calls go by name.
     */
    private static void protectSessionCookie(ServletContextHandler context) {
        try {
            Object sessions = context.getClass().getMethod("getSessionHandler").invoke(context);
            ((javax.servlet.SessionCookieConfig) sessions.getClass().getMethod("getSessionCookieConfig").invoke(sessions))
                    .setHttpOnly(true);
            sessions.getClass().getMethod("setSameSite", org.eclipse.jetty.http.HttpCookie.SameSite.class)
                    .invoke(sessions, org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Jetty cannot mark the session cookie SameSite", e);
        }
    }

    /**
     * The system dashboard with the plugin's dashboard items (kept in the data directory), its REST calls, and the
     * issue navigator its gadgets link to.
     */
    private static void mountDashboard(ServletContextHandler context, Path dataDirectory, HostData data, PluginDescriptor descriptor,
                                       PageLayout layout, Map<String, String> messages, ObjectMapper json,
                                       StandInTimeZones timeZones, boolean sampleOrganisation) {
        SystemDashboard dashboard = SystemDashboard.open(dataDirectory.resolve("dashboard.json"), json);
        if (sampleOrganisation && dashboard.isNew()) {
            SampleDashboard.layOut(dashboard);
        }
        context.addServlet(new ServletHolder(new DashboardServlet(data, layout, dashboard, descriptor, messages, json, CONTEXT_PATH)),
                "/secure/Dashboard.jspa");
        context.addServlet(new ServletHolder(new DashboardApiServlet(dashboard, descriptor, json)), "/rest/dashboards/1.0/*");
        context.addServlet(new ServletHolder(new IssueNavigatorServlet(data, layout, timeZones)), "/issues/*");
    }

    /** The embedded database under the data directory: created on first start, reused afterwards. */
    static EntityManager openDatabase(Path dataDirectory, String namespace) throws IOException {
        Path db = dataDirectory.toAbsolutePath().resolve("db");
        Files.createDirectories(db);
        // Not shutdown=true: without a pool every statement opens a connection, and HSQLDB would close and
        // reopen the whole database each time. close() shuts it down instead.
        // MVCC: in HSQLDB's default LOCKS mode a reader's table lock and AO's insert monitor deadlock two concurrent
        // captures for good (adversary F2); Jira's databases do not lock readers either. write_delay=false: a commit is
        // on disk before the answer, as on PostgreSQL, so a hard kill loses nothing acknowledged (F7).
        String url = "jdbc:hsqldb:file:" + db.resolve("productops") + ";hsqldb.tx=mvcc;hsqldb.write_delay=false";
        return AtlassianNaming.apply(EntityManagerBuilder.url(url).username("SA").password("").schema("PUBLIC").none(),
                namespace).build();
    }

    /** An external database, through a connection pool sized as Jira's default dbconfig.xml sizes its pool. */
    static EntityManager openDatabase(Database database, String namespace) {
        return JiraConnectionPool.open(database.url(), database.user(), database.password(), database.schema(), namespace);
    }

    /** The plugin's plain SQL (SAL's transactional executor), for tests that count statements. */
    public StandInDatabase database() {
        return database;
    }

    public StandInScheduler scheduler() {
        return scheduler;
    }

    /** The enabled plugin: its bundle and Spring context (for tests that drive a job directly). */
    public PluginBundle plugin() {
        return plugin;
    }

    /** For measurements: the stand-in's own counters of what the plugin asked of Jira. */
    public StandInJira jira() {
        return jira;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor, PluginBundle plugin) {
        Class<? extends RawEntity<?>>[] types = new Class[descriptor.ao().entities().size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = (Class<? extends RawEntity<?>>) plugin.loadClass(descriptor.ao().entities().get(i));
        }
        return types;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HostData data() {
        return data;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /**
     * Ctrl+C must stop the stand-in even when something inside hangs (a stuck request, a database that does not
     * answer): a clean close if it comes in time, otherwise the process ends anyway and says so.
     */
    public void closeWithin(Duration limit) {
        Thread closing = new Thread(this::close, "stand-in-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            System.err.println("[stand-in] did not stop within " + limit.toSeconds() + " s; ending the process anyway.");
            Runtime.getRuntime().halt(1);
        }
    }

    @Override
    public void close() {
        plugin.servicesAs(LifecycleAware.class).forEach(LifecycleAware::onStop);
        scheduler.close();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        }
        osgi.close();
        if (entityManager.getProvider().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).startsWith("hsql")) {
            try (java.sql.Connection connection = entityManager.getProvider().getConnection();
                 java.sql.Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                // already closed
            }
        }
        entityManager.getProvider().dispose();
    }
}
