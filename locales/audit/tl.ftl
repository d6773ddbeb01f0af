### The audit area of the tl bundle (see i18n::AREAS): its keys are in every language.
