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
record CheckSettings(String baseUrl, String user, String password, Optional<Path> jar, boolean skipInstall, boolean skipBrowser,
                     Optional<String> issueKey, String pluginKey, Path openApi, Duration timeout, Path screenshots) {

    static final String USAGE = """
            usage: scripts/real-jira-check --base-url URL --user ADMIN [--password PASSWORD] [options]
              --base-url URL      Jira's base URL with its context path, e.g. https://jira.example.com or http://localhost:2990/jira
              --user NAME         a Jira administrator (UPM installs apps for administrators only)
              --password SECRET   or set JIRA_PASSWORD (keeps it out of the process list)
              --jar FILE          the app to install (the script passes the jar it builds, target/productops-jira-*.jar)
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
                case "--base-url", "--user", "--password", "--jar", "--issue", "--plugin-key", "--openapi", "--timeout", "--screenshots" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--base-url" -> baseUrl = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--jar" -> jar = Paths.get(value);
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
        if (!skipInstall && (jar == null || !Files.isRegularFile(jar))) {
            throw new IllegalArgumentException("--jar must name the app's jar (or use --skip-install): " + jar);
        }
        if (pluginKey == null) {
            pluginKey = jar != null && Files.isRegularFile(jar) ? keyOf(jar) : DEFAULT_PLUGIN_KEY;
        }
        return new CheckSettings(baseUrl.replaceAll("/+$", ""), user, password, Optional.ofNullable(jar), skipInstall, skipBrowser,
                Optional.ofNullable(issue), pluginKey, openApi, timeout, screenshots);
    }

    private static String keyOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String key = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Atlassian-Plugin-Key");
            return key == null ? DEFAULT_PLUGIN_KEY : key;
        }
    }
}
