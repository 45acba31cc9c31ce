package com.atlassian.webresource.api.assembler;

/** Declaration of the host type (webresource-api 6.x); only the methods this app calls. Never packaged. */
public interface RequiredResources {
    RequiredResources requireWebResource(String completeModuleKey);

    RequiredResources requireContext(String context);
}
