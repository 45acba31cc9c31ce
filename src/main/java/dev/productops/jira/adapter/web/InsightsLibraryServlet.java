package dev.productops.jira.adapter.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The insights library page ({@code /plugins/servlet/productops/insights}): a Jira-decorated shell whose
 * script talks to the REST API. Anonymous visitors are sent to Jira's login and brought back.
 */
public class InsightsLibraryServlet extends HttpServlet {
    static final String TEMPLATE = "templates/insight/library.vm";
    static final String RESOURCES = "dev.productops.jira:insights-library-resources";

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    public InsightsLibraryServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                                  PageBuilderService pageBuilder, I18nResolver i18n) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (userManager.getRemoteUserKey() == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("initialQuery", request.getParameter("query") == null ? "" : request.getParameter("query"));
        context.put("initialIssueKey", request.getParameter("issueKey") == null ? "" : request.getParameter("issueKey"));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static URI returnUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
