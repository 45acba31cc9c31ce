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
 * The cross-project dependency board page ({@code /plugins/servlet/productops/board}): a Jira-decorated shell;
 * the board script reads its view (projects, columns, filters) from the URL and draws from the REST API.
 */
public class DependencyBoardServlet extends HttpServlet {
    static final String TEMPLATE = "templates/dependency/board.vm";
    static final String RESOURCES = "dev.productops.jira:dependency-board-resources";

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    public DependencyBoardServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
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
            String query = request.getQueryString();
            response.sendRedirect(loginUriProvider.getLoginUri(URI.create(request.getRequestURI() + (query == null ? "" : "?" + query))).toASCIIString());
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
