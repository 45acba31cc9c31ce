package dev.productops.standin.osgi.platform8;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** {@code osgi:service}: the bean is published under its interface once every singleton of the context exists. */
public final class ServiceExport implements SmartInitializingSingleton, DisposableBean {
    private final BundleContext plugin;
    private final String interfaceName;
    private final Object bean;
    private ServiceRegistration<?> registration;

    public ServiceExport(BundleContext plugin, String interfaceName, Object bean) {
        this.plugin = plugin;
        this.interfaceName = interfaceName;
        this.bean = bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        registration = plugin.registerService(interfaceName, bean, null);
    }

    @Override
    public void destroy() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first, which unregisters its services itself
            }
        }
    }
}
