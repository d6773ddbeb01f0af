### The trainees area of the id bundle (see i18n::AREAS): its keys are in every language.
