package dev.productops.standin.plugin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.store.HostUser;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;

/**
 * REST v2's access annotations as Jira enforces them: unannotated and {@code @LicensedOnly} resources need a
 * signed-in (licensed) user, {@code @AdminOnly} an administrator. Everyone in the stand-in is licensed.
 */
final class RestSecurity implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        boolean adminOnly = has(resourceInfo.getResourceMethod(), AdminOnly.class) || has(resourceInfo.getResourceClass(), AdminOnly.class);
        context.register((ContainerRequestFilter) request -> check(request, adminOnly));
    }

    private static void check(ContainerRequestContext request, boolean adminOnly) {
        HostUser user = SignedInUser.current().orElse(null);
        if (user == null) {
            request.abortWith(error(Response.Status.UNAUTHORIZED, "You are not authenticated. Authentication required to perform this operation."));
        } else if (adminOnly && !user.admin()) {
            request.abortWith(error(Response.Status.FORBIDDEN, "You are not an administrator."));
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errorMessages", List.of(message), "errors", Map.of())).build();
    }

    private static boolean has(AnnotatedElement element, Class<? extends java.lang.annotation.Annotation> annotation) {
        return element != null && element.isAnnotationPresent(annotation);
    }
}
