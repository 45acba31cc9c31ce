package dev.productops.standin.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.ws.rs.Path;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/** Mounts a {@code <rest>} module with Jersey (JAX-RS 2, as REST v2 in Jira 10), resources built by the plugin's context. */
public final class PluginRest {
    private PluginRest() {
    }

    public static ServletContainer servlet(PluginDescriptor.RestModule module, PluginComponents components,
                                           ClassLoader loader, ObjectMapper json) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        for (String packageName : module.packages()) {
            for (Class<?> type : PackageClasses.in(packageName, loader)) {
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    config.register(components.create(type));
                }
            }
        }
        config.register(JacksonFeature.class);
        config.register(new JsonMapping(json));
        config.register(new RestSecurity());
        return new ServletContainer(config);
    }

    /** The stand-in's Jackson settings for plugin REST resources (records, ISO dates). */
    @Provider
    static final class JsonMapping implements ContextResolver<ObjectMapper> {
        private final ObjectMapper json;

        JsonMapping(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return json;
        }
    }
}
