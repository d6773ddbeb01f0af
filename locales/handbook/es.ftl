### The handbook area of the es bundle (see i18n::AREAS): its keys are in every language.
