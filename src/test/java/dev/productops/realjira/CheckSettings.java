package dev.productops.realjira;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

/** What scripts/real-jira-check was asked to do; see {@link #USAGE}. */
record CheckSettings(String baseUrl, String user, String password, Optional<Path> jar, Optional<Path> jarJira11, boolean skipInstall, boolean skipBrowser,
                     Optional<String> issueKey, String pluginKey, Path openApi, Duration timeout, Path screenshots) {

    static final String USAGE = """
            usage: scripts/real-jira-check --base-url URL --user ADMIN [--password PASSWORD] [options]
              --base-url URL      Jira's base URL with its context path, e.g. https://jira.example.com or http://localhost:2990/jira
              --user NAME         a Jira administrator (UPM installs apps for administrators only)
              --password SECRET   or set JIRA_PASSWORD (keeps it out of the process list)
              --jar FILE          the app for Jira 10.x (the script passes the jar it builds, target/productops-jira-<v>.jar)
              --jar-jira11 FILE   the app for Jira 11 and later (jakarta; the script passes target/productops-jira-<v>-jira11.jar);
                                  the check asks Jira its version (/rest/api/2/serverInfo) and installs the jar made for it
              --skip-install      check an app that is already installed (what CI does against the stand-in)
              --skip-browser      leave out the browser part
              --issue KEY         the issue to open and read (default: the first one /rest/api/2/search returns)
              --plugin-key KEY    default: Atlassian-Plugin-Key of the jar, else dev.productops.jira
              --openapi FILE      the REST contract listing the GET operations to call (default docs/openapi.yaml)
              --timeout SECONDS   how long to wait for the install and for every module to be enabled (default 300)
              --screenshots DIR   where the page screenshots go (default target/real-jira-check)
            """;

    static final String DEFAULT_PLUGIN_KEY = "dev.productops.jira";

    static CheckSettings parse(String[] args, Map<String, String> environment) throws IOException {
        String baseUrl = null;
        String user = null;
        String password = environment.get("JIRA_PASSWORD");
        Path jar = null;
        Path jarJira11 = null;
        boolean skipInstall = false;
        boolean skipBrowser = false;
        String issue = null;
        String pluginKey = null;
        Path openApi = Paths.get("docs/openapi.yaml");
        Duration timeout = Duration.ofSeconds(300);
        Path screenshots = Paths.get("target/real-jira-check");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "-h", "--help" -> throw new IllegalArgumentException("Checks Product Ops for Jira on a Jira Data Center.");
                case "--skip-install" -> skipInstall = true;
                case "--skip-browser" -> skipBrowser = true;
                case "--base-url", "--user", "--password", "--jar", "--jar-jira11", "--issue", "--plugin-key", "--openapi", "--timeout", "--screenshots" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--base-url" -> baseUrl = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--jar" -> jar = Paths.get(value);
                        case "--jar-jira11" -> jarJira11 = Paths.get(value);
                        case "--issue" -> issue = value;
                        case "--plugin-key" -> pluginKey = value;
                        case "--openapi" -> openApi = Paths.get(value);
                        case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value));
                        default -> screenshots = Paths.get(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (baseUrl == null || user == null) {
            throw new IllegalArgumentException("--base-url and --user are required");
        }
        if (password == null) {
            throw new IllegalArgumentException("give the password with --password or JIRA_PASSWORD");
        }
        if (!skipInstall && (jar == null || !Files.isRegularFile(jar)) && (jarJira11 == null || !Files.isRegularFile(jarJira11))) {
            throw new IllegalArgumentException("--jar or --jar-jira11 must name the app's jar (or use --skip-install): " + jar);
        }
        if (pluginKey == null) {
            Path either = jar != null ? jar : jarJira11;
            pluginKey = either != null && Files.isRegularFile(either) ? keyOf(either) : DEFAULT_PLUGIN_KEY;
        }
        return new CheckSettings(baseUrl.replaceAll("/+$", ""), user, password, Optional.ofNullable(jar), Optional.ofNullable(jarJira11), skipInstall, skipBrowser,
                Optional.ofNullable(issue), pluginKey, openApi, timeout, screenshots);
    }

    /**
     * The jar made for this Jira: Jira 11 (Platform 8) loads only the jakarta one, 10.x only the javax one; installing the
     * other would leave the app disabled for a reason that has nothing to do with the app.
     */
    Path jarFor(String jiraVersion) throws CheckFailure {
        int major = Integer.parseInt(jiraVersion.split("\\.")[0]);
        Optional<Path> made = major >= 11 ? jarJira11 : jar;
        return made.orElseThrow(() -> new CheckFailure("Jira " + jiraVersion + " needs the app's "
                + (major >= 11 ? "Jira 11 (jakarta) jar: pass --jar-jira11" : "Jira 10 (javax) jar: pass --jar")));
    }

    private static String keyOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String key = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Atlassian-Plugin-Key");
            return key == null ? DEFAULT_PLUGIN_KEY : key;
        }
    }
}
