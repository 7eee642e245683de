/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model.impl;

import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.ApplicationsFactory;
import no.redthread.funding.applications.model.ApplicationsPackage;
import no.redthread.funding.applications.model.FundingApplication;

import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ApplicationsPackageImpl extends EPackageImpl implements ApplicationsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass applicationRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fundingApplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum applicationStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ApplicationsPackageImpl() {
		super(eNS_URI, ApplicationsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ApplicationsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ApplicationsPackage init() {
		if (isInited) return (ApplicationsPackage)EPackage.Registry.INSTANCE.getEPackage(ApplicationsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredApplicationsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ApplicationsPackageImpl theApplicationsPackage = registeredApplicationsPackage instanceof ApplicationsPackageImpl ? (ApplicationsPackageImpl)registeredApplicationsPackage : new ApplicationsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlanPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theApplicationsPackage.createPackageContents();

		// Initialize created meta-data
		theApplicationsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theApplicationsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ApplicationsPackage.eNS_URI, theApplicationsPackage);
		return theApplicationsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApplicationRegister() {
		return applicationRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApplicationRegister_Name() {
		return (EAttribute)applicationRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplicationRegister_Applications() {
		return (EReference)applicationRegisterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFundingApplication() {
		return fundingApplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_SchemeId() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_SchemeName() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingApplication_Measure() {
		return (EReference)fundingApplicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_Status() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_AmountApplied() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_AmountGranted() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_Deadline() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_DecisionDate() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingApplication_Notes() {
		return (EAttribute)fundingApplicationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApplicationStatus() {
		return applicationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplicationsFactory getApplicationsFactory() {
		return (ApplicationsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		applicationRegisterEClass = createEClass(APPLICATION_REGISTER);
		createEAttribute(applicationRegisterEClass, APPLICATION_REGISTER__NAME);
		createEReference(applicationRegisterEClass, APPLICATION_REGISTER__APPLICATIONS);

		fundingApplicationEClass = createEClass(FUNDING_APPLICATION);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__SCHEME_ID);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__SCHEME_NAME);
		createEReference(fundingApplicationEClass, FUNDING_APPLICATION__MEASURE);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__STATUS);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__AMOUNT_APPLIED);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__AMOUNT_GRANTED);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__DEADLINE);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__DECISION_DATE);
		createEAttribute(fundingApplicationEClass, FUNDING_APPLICATION__NOTES);

		// Create enums
		applicationStatusEEnum = createEEnum(APPLICATION_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		applicationRegisterEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		fundingApplicationEClass.getESuperTypes().add(thePlanPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(applicationRegisterEClass, ApplicationRegister.class, "ApplicationRegister", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApplicationRegister_Name(), ecorePackage.getEString(), "name", null, 0, 1, ApplicationRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplicationRegister_Applications(), this.getFundingApplication(), null, "applications", null, 0, -1, ApplicationRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fundingApplicationEClass, FundingApplication.class, "FundingApplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFundingApplication_SchemeId(), ecorePackage.getEString(), "schemeId", null, 1, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_SchemeName(), ecorePackage.getEString(), "schemeName", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingApplication_Measure(), thePlanPackage.getMeasure(), null, "measure", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_Status(), this.getApplicationStatus(), "status", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_AmountApplied(), ecorePackage.getEDoubleObject(), "amountApplied", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_AmountGranted(), ecorePackage.getEDoubleObject(), "amountGranted", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_Deadline(), thePlanPackage.getIsoDate(), "deadline", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_DecisionDate(), thePlanPackage.getIsoDate(), "decisionDate", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingApplication_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, FundingApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(applicationStatusEEnum, ApplicationStatus.class, "ApplicationStatus");
		addEEnumLiteral(applicationStatusEEnum, ApplicationStatus.PLANNED);
		addEEnumLiteral(applicationStatusEEnum, ApplicationStatus.APPLIED);
		addEEnumLiteral(applicationStatusEEnum, ApplicationStatus.GRANTED);
		addEEnumLiteral(applicationStatusEEnum, ApplicationStatus.REJECTED);
		addEEnumLiteral(applicationStatusEEnum, ApplicationStatus.WITHDRAWN);

		// Create resource
		createResource(eNS_URI);
	}

} //ApplicationsPackageImpl
