package dev.productops.jira.adapter.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query or path parameter holding NUL (%00) with a 400 before any resource runs: PostgreSQL cannot
 * compare text with NUL in it, so a search for it answered 500.
 */
@Provider
public class StorableParameters implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw RestProblem.badRequest("The '" + parameter.getKey() + "' parameter must not contain the NUL character (%00).");
                }
            }
        }
    }
}
