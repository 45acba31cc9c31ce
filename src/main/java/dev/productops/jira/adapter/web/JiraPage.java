package dev.productops.jira.adapter.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What every page of the app does the same way: anonymous visitors go to Jira's login and come back; the
 * page's web resource is required; its template (decorated by Jira through its meta tag) gets the i18n bundle.
 */
public class JiraPage {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    public JiraPage(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                    PageBuilderService pageBuilder, I18nResolver i18n) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, String template, String webResource,
                       Map<String, Object> model) throws IOException {
        if (userManager.getRemoteUserKey() == null) {
            toLogin(request, response);
            return;
        }
        renderTemplate(response, template, webResource, model);
    }

    /**
     * A page for Jira administrators only. Anyone else goes to Jira's login, to come back as an administrator, as
     * Atlassian's SAL guide has an admin servlet do ("Control access with SAL", developer.atlassian.com).
     */
    public void renderForAdministrators(HttpServletRequest request, HttpServletResponse response, String template,
                                       String webResource, Map<String, Object> model) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null || !userManager.isAdmin(user)) {
            toLogin(request, response);
            return;
        }
        renderTemplate(response, template, webResource, model);
    }

    /** Whether the signed-in user is a Jira administrator, for links to administrators' pages. */
    public boolean viewerIsAdministrator() {
        UserKey user = userManager.getRemoteUserKey();
        return user != null && userManager.isAdmin(user);
    }

    private void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI back = URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
        response.sendRedirect(loginUriProvider.getLoginUri(back).toASCIIString());
    }

    private void renderTemplate(HttpServletResponse response, String template, String webResource, Map<String, Object> model)
            throws IOException {
        pageBuilder.assembler().resources().requireWebResource(webResource);
        Map<String, Object> context = new HashMap<>(model);
        context.put("i18n", i18n);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }
}
