package dev.productops.standin.osgi.platform8;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.InitializingBean;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * {@code osgi:reference}: a mandatory reference waits for its service before the context goes on (up to its timeout),
 * then hands out a proxy that asks the registry on each call, so a service that goes away fails the call, not the
 * reference — as Gemini's proxies do.
 */
public final class ServiceReferenceBean implements FactoryBean<Object>, InitializingBean, DisposableBean {
    private final BundleContext plugin;
    private final String interfaceName;
    private final long timeoutMillis;
    private final ServiceTracker<Object, Object> tracker;

    public ServiceReferenceBean(BundleContext plugin, String interfaceName, long timeoutMillis) {
        this.plugin = plugin;
        this.interfaceName = interfaceName;
        this.timeoutMillis = timeoutMillis;
        this.tracker = new ServiceTracker<>(plugin, interfaceName, null);
        tracker.open();
    }

    /** Whether or not a bean asks for it: Gemini holds the whole context until every mandatory service is there. */
    @Override
    public void afterPropertiesSet() throws InterruptedException {
        type();
        if (awaitService() == null) {
            throw new IllegalStateException("No OSGi service of " + interfaceName + " within " + timeoutMillis + " ms");
        }
    }

    @Override
    public Object getObject() {
        Class<?> type = type();
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> args[0] == proxy;
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "OSGi service proxy of " + interfaceName;
            default -> {
                Object service = awaitService();
                if (service == null) {
                    throw new IllegalStateException("The OSGi service " + interfaceName + " went away and did not come back within "
                            + timeoutMillis + " ms");
                }
                try {
                    yield method.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        });
    }

    private Object awaitService() throws InterruptedException {
        Object service = tracker.getService();
        return service != null ? service : tracker.waitForService(timeoutMillis);
    }

    private Class<?> type() {
        try {
            return plugin.getBundle().loadClass(interfaceName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("osgi:reference names " + interfaceName + ", which the plugin cannot load", e);
        }
    }

    @Override
    public Class<?> getObjectType() {
        try {
            return type();
        } catch (IllegalStateException unknown) {
            return null;
        }
    }

    @Override
    public void destroy() {
        tracker.close();
    }
}
