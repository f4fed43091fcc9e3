package test;

import dev.hotpath.Api;

@Api(title = "Small", version = "1.0", controllers = GreetingController.class, providers = Callers.class)
public final class SmallApi {}
