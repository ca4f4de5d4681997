package vn.lienthong.contracts.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Calls a type's property-based creator (a record's canonical constructor, a constructor or static
 * factory marked {@code @JsonCreator}) through one method handle made for it once, instead of
 * Jackson's {@code MethodHandle.invokeWithArguments}, which on JDK 17 builds a new spreading
 * adapter at every call. Every record the services read (messages, forms, results, the portal's
 * dossier) is made that way; the adapter was about a fifth of reading a small record with the
 * JIT on C1 only, as the services run (docs/performance.md, "Records made without a new adapter
 * each").
 *
 * <p>What is read, and every error, stay Jackson's: the creator gets the same arguments, an
 * exception it throws goes through the same {@code handleInstantiationProblem} as before, and a
 * type whose instantiator is not Jackson's standard one, or whose creator cannot be reached, is
 * left as Jackson made it.
 */
public final class CreatorHandles extends JacksonModule {

    @Override
    public String getModuleName() {
        return "lienthong-creator-handles";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                             BeanDescription.Supplier description,
                                                             ValueInstantiator made) {
                return withHandle(made);
            }
        });
    }

    static ValueInstantiator withHandle(ValueInstantiator made) {
        if (made.getClass() != StdValueInstantiator.class) {
            return made;
        }
        StdValueInstantiator standard = (StdValueInstantiator) made;
        MethodHandle creator = spreading(standard.getWithArgsCreator());
        return creator == null ? made : new HandleInstantiator(standard, creator);
    }

    /** The creator as a handle taking its arguments in one array and returning an Object; null if out of reach. */
    private static MethodHandle spreading(AnnotatedWithParams creator) {
        Executable executable;
        if (creator instanceof AnnotatedConstructor constructor) {
            executable = constructor.getAnnotated();
        } else if (creator instanceof AnnotatedMethod method && Modifier.isStatic(method.getAnnotated().getModifiers())) {
            executable = method.getAnnotated();
        } else {
            return null;
        }
        try {
            executable.setAccessible(true);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle direct = executable instanceof Constructor<?> constructor
                    ? lookup.unreflectConstructor(constructor)
                    : lookup.unreflect((Method) executable);
            return direct.asSpreader(Object[].class, executable.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            return null;
        }
    }

    /** Jackson's standard instantiator, its creator with arguments called through a prepared handle. */
    static final class HandleInstantiator extends StdValueInstantiator {

        private final MethodHandle creator;

        HandleInstantiator(StdValueInstantiator standard, MethodHandle creator) {
            super(standard);
            this.creator = creator;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return (Object) creator.invokeExact(arguments);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                return context.handleInstantiationProblem(getValueClass(), arguments, rewrapCtorProblem(context, e));
            }
        }
    }
}
