package dev.productops.jira.adapter.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The insights library page ({@code /plugins/servlet/productops/insights}): a Jira-decorated shell for library.js. */
public class InsightsLibraryServlet extends HttpServlet {
    static final String TEMPLATE = "templates/insight/library.vm";
    static final String RESOURCES = "dev.productops.jira:insights-library-resources";

    private final JiraPage page;

    public InsightsLibraryServlet(JiraPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.render(request, response, TEMPLATE, RESOURCES, Map.of(
                "initialQuery", valueOf(request.getParameter("query")),
                "initialIssueKey", valueOf(request.getParameter("issueKey")),
                "customersUrl", request.getContextPath() + "/plugins/servlet/productops/customers"));
    }

    private static String valueOf(String parameter) {
        return parameter == null ? "" : parameter;
    }
}
