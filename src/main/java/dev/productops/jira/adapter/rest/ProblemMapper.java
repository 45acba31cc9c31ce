package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.problem.AlreadyExists;
import dev.productops.jira.application.problem.ConcurrentChange;
import dev.productops.jira.application.problem.DataUnavailable;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.problem.NotConfigured;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.application.problem.StillInUse;
import dev.productops.jira.domain.insight.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Every refusal becomes Jira's ErrorCollection with the right status; nothing ever shows a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    static final int UNPROCESSABLE = 422;

    @Override
    public Response toResponse(RuntimeException problem) {
        if (problem instanceof InvalidInput invalid) {
            return json(UNPROCESSABLE, new ErrorCollection(List.of(), invalid.errors()));
        }
        if (problem instanceof NotFound) {
            return json(404, message(problem));
        }
        if (problem instanceof NotAllowed) {
            return json(403, message(problem));
        }
        if (problem instanceof NotConfigured missing) {
            return json(400, new ErrorCollection(List.of(problem.getMessage()), Map.of(missing.field(), problem.getMessage())));
        }
        if (problem instanceof AlreadyExists || problem instanceof ConcurrentChange || problem instanceof StillInUse) {
            return json(409, message(problem));
        }
        if (problem instanceof InvalidQuery invalid) {
            // The use case says which part of the question is wrong; the parameter's name is ours to give.
            List<String> parameters = Parameters.namesOf(invalid.part());
            String text = invalid.getMessage() + " (" + (parameters.size() == 1 ? "the '" + parameters.get(0) + "' parameter"
                    : "the '" + String.join("' and '", parameters) + "' parameters") + ")";
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            parameters.forEach(name -> errors.put(name, invalid.getMessage()));
            return json(400, new ErrorCollection(List.of(text), errors));
        }
        if (problem instanceof DataUnavailable) {
            LOG.error("Jira could not supply data for a Product Ops request", problem);
            return json(503, message(problem));
        }
        if (problem instanceof RestProblem rest) {
            return json(rest.status().getStatusCode(), message(problem));
        }
        if (problem instanceof WebApplicationException web) {
            Response response = web.getResponse();
            return json(response.getStatus(), message(web.getMessage() == null ? response.getStatusInfo().getReasonPhrase() : web.getMessage()));
        }
        LOG.error("Unexpected failure in the Product Ops REST API", problem);
        return json(500, message("Something went wrong on the server. The details are in Jira's log."));
    }

    private static ErrorCollection message(RuntimeException problem) {
        return message(problem.getMessage());
    }

    private static ErrorCollection message(String text) {
        return new ErrorCollection(List.of(text), Map.of());
    }

    private static Response json(int status, ErrorCollection body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
