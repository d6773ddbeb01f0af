### The trainees area of the zh-Hans bundle (see i18n::AREAS): its keys are in every language.
