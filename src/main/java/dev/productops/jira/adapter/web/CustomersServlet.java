package dev.productops.jira.adapter.web;

import dev.productops.jira.application.insight.CustomerDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The customers page ({@code /plugins/servlet/productops/customers}): a Jira-decorated shell for customers.js. */
public class CustomersServlet extends HttpServlet {
    static final String TEMPLATE = "templates/insight/customers.vm";
    static final String RESOURCES = "dev.productops.jira:customers-page-resources";

    private final JiraPage page;
    private final CustomerDirectory customers;

    public CustomersServlet(JiraPage page, CustomerDirectory customers) {
        this.page = page;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        page.render(request, response, TEMPLATE, RESOURCES, Map.of(
                "initialQuery", query == null ? "" : query,
                "canEdit", String.valueOf(customers.viewerMayEdit()),
                "canConfigure", String.valueOf(page.viewerIsAdministrator())));
    }
}
