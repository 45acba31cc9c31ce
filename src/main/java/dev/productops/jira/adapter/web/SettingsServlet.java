package dev.productops.jira.adapter.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The app's settings page ({@code /plugins/servlet/productops/settings}, UPM's "Configure"): a Jira-decorated shell
 * for settings.js, which reads and saves each section through the REST API. Administrators only.
 */
public class SettingsServlet extends HttpServlet {
    static final String TEMPLATE = "templates/settings/settings.vm";
    static final String RESOURCES = "dev.productops.jira:settings-page-resources";

    private final JiraPage page;

    public SettingsServlet(JiraPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.renderForAdministrators(request, response, TEMPLATE, RESOURCES, Map.of());
    }
}
