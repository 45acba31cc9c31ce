package dev.productops.jira.adapter.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The cross-project dependency board page ({@code /plugins/servlet/productops/board}): a Jira-decorated shell;
 * the board script reads its view (projects, columns, filters) from the URL and draws from the REST API.
 */
public class DependencyBoardServlet extends HttpServlet {
    static final String TEMPLATE = "templates/dependency/board.vm";
    static final String RESOURCES = "dev.productops.jira:dependency-board-resources";

    private final JiraPage page;

    public DependencyBoardServlet(JiraPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.render(request, response, TEMPLATE, RESOURCES, Map.of());
    }
}
