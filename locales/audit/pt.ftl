### The audit area of the pt bundle (see i18n::AREAS): its keys are in every language.
