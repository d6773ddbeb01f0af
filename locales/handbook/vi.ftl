### The handbook area of the vi bundle (see i18n::AREAS): its keys are in every language.
