package dev.productops.standin.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Jira's page builder: what a request asked to include (web resources, contexts), collected until the page is decorated. */
public final class RequiredWebResources implements PageBuilderService {
    private static final ThreadLocal<Set<String>> RESOURCES = ThreadLocal.withInitial(LinkedHashSet::new);
    private static final ThreadLocal<Set<String>> CONTEXTS = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String completeModuleKey) {
                RESOURCES.get().add(completeModuleKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                CONTEXTS.get().add(context);
                return this;
            }
        };
    }

    public static List<String> resources() {
        return new ArrayList<>(RESOURCES.get());
    }

    public static List<String> contexts() {
        return new ArrayList<>(CONTEXTS.get());
    }

    /** Called when a request ends, as Jira's assembler is per request. */
    public static void clear() {
        RESOURCES.remove();
        CONTEXTS.remove();
    }
}
