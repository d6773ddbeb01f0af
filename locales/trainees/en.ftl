### The trainees area of the en bundle (see i18n::AREAS): its keys are in every language.
