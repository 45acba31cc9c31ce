package dev.productops.standin.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.osgi.PluginBundle;
import org.glassfish.hk2.api.Injectee;
import org.glassfish.hk2.api.JustInTimeInjectionResolver;
import org.glassfish.hk2.api.ServiceLocator;
import org.glassfish.hk2.utilities.ServiceLocatorUtilities;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Path;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Mounts a {@code <rest>} module as Jira 10's REST v2 does: Jersey 2 with HK2 constructs each resource and provider
 * class itself, per request, through its {@code @Inject} constructor, and satisfies the constructor's parameters from the
 * plugin's Spring context. A class without an {@code @Inject} constructor fails here as it fails in Jira.
 */
public final class PluginRest {
    private PluginRest() {
    }

    public static ServletContainer servlet(PluginDescriptor.RestModule module, PluginBundle plugin, ObjectMapper json) {
        return new ServletContainer(application(module, plugin, json));
    }

    public static ResourceConfig application(PluginDescriptor.RestModule module, PluginBundle plugin, ObjectMapper json) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.setClassLoader(plugin.classLoader());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        for (String packageName : module.packages()) {
            for (Class<?> type : plugin.classesIn(packageName)) {
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    config.register(type);
                }
            }
        }
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(plugin).to(PluginBundle.class);
                bind(PluginBeans.class).to(JustInTimeInjectionResolver.class).in(Singleton.class);
            }
        });
        config.register(JacksonFeature.class);
        config.register(new JsonMapping(json));
        config.register(new RestSecurity());
        return config;
    }

    /** What HK2 cannot find itself, it asks the plugin's Spring context for: one bean of the requested type. */
    static final class PluginBeans implements JustInTimeInjectionResolver {
        private final ServiceLocator locator;
        private final PluginBundle plugin;

        @Inject
        PluginBeans(ServiceLocator locator, PluginBundle plugin) {
            this.locator = locator;
            this.plugin = plugin;
        }

        @Override
        public boolean justInTimeResolution(Injectee injectee) {
            if (!(injectee.getRequiredType() instanceof Class<?> type)) {
                return false;
            }
            Optional<Object> bean = plugin.beanOfType(type);
            bean.ifPresent(b -> ServiceLocatorUtilities.addOneConstant(locator, b, null, type));
            return bean.isPresent();
        }
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
