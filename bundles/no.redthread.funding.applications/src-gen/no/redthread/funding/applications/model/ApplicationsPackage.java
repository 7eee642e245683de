/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model;

import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The municipality's funding applications: which grant scheme (by the catalogue's stable id, so content packs can come and go) is applied for to fund which measure of the shared plan model, with status, amounts and dates.
 * <!-- end-model-doc -->
 * @see no.redthread.funding.applications.model.ApplicationsFactory
 * @model kind="package"
 * @generated
 */
public interface ApplicationsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://redthread.no/model/funding-applications/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "applications";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApplicationsPackage eINSTANCE = no.redthread.funding.applications.model.impl.ApplicationsPackageImpl.init();

	/**
	 * The meta object id for the '{@link no.redthread.funding.applications.model.impl.ApplicationRegisterImpl <em>Application Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.funding.applications.model.impl.ApplicationRegisterImpl
	 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getApplicationRegister()
	 * @generated
	 */
	int APPLICATION_REGISTER = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_REGISTER__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_REGISTER__NAME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_REGISTER__APPLICATIONS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Application Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_REGISTER_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Application Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_REGISTER_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl <em>Funding Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.funding.applications.model.impl.FundingApplicationImpl
	 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getFundingApplication()
	 * @generated
	 */
	int FUNDING_APPLICATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Scheme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__SCHEME_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scheme Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__SCHEME_NAME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__MEASURE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__STATUS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Amount Applied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__AMOUNT_APPLIED = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Amount Granted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__AMOUNT_GRANTED = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__DEADLINE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__DECISION_DATE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION__NOTES = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Funding Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Funding Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_APPLICATION_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.funding.applications.model.ApplicationStatus <em>Application Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.funding.applications.model.ApplicationStatus
	 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getApplicationStatus()
	 * @generated
	 */
	int APPLICATION_STATUS = 2;


	/**
	 * Returns the meta object for class '{@link no.redthread.funding.applications.model.ApplicationRegister <em>Application Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application Register</em>'.
	 * @see no.redthread.funding.applications.model.ApplicationRegister
	 * @generated
	 */
	EClass getApplicationRegister();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.ApplicationRegister#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.funding.applications.model.ApplicationRegister#getName()
	 * @see #getApplicationRegister()
	 * @generated
	 */
	EAttribute getApplicationRegister_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.funding.applications.model.ApplicationRegister#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see no.redthread.funding.applications.model.ApplicationRegister#getApplications()
	 * @see #getApplicationRegister()
	 * @generated
	 */
	EReference getApplicationRegister_Applications();

	/**
	 * Returns the meta object for class '{@link no.redthread.funding.applications.model.FundingApplication <em>Funding Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding Application</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication
	 * @generated
	 */
	EClass getFundingApplication();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getSchemeId <em>Scheme Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme Id</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getSchemeId()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_SchemeId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getSchemeName <em>Scheme Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme Name</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getSchemeName()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_SchemeName();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.funding.applications.model.FundingApplication#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measure</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getMeasure()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EReference getFundingApplication_Measure();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getStatus()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_Status();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getAmountApplied <em>Amount Applied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Applied</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getAmountApplied()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_AmountApplied();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getAmountGranted <em>Amount Granted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Granted</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getAmountGranted()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_AmountGranted();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getDeadline()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getDecisionDate()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_DecisionDate();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.funding.applications.model.FundingApplication#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see no.redthread.funding.applications.model.FundingApplication#getNotes()
	 * @see #getFundingApplication()
	 * @generated
	 */
	EAttribute getFundingApplication_Notes();

	/**
	 * Returns the meta object for enum '{@link no.redthread.funding.applications.model.ApplicationStatus <em>Application Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Application Status</em>'.
	 * @see no.redthread.funding.applications.model.ApplicationStatus
	 * @generated
	 */
	EEnum getApplicationStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ApplicationsFactory getApplicationsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link no.redthread.funding.applications.model.impl.ApplicationRegisterImpl <em>Application Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.funding.applications.model.impl.ApplicationRegisterImpl
		 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getApplicationRegister()
		 * @generated
		 */
		EClass APPLICATION_REGISTER = eINSTANCE.getApplicationRegister();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION_REGISTER__NAME = eINSTANCE.getApplicationRegister_Name();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION_REGISTER__APPLICATIONS = eINSTANCE.getApplicationRegister_Applications();

		/**
		 * The meta object literal for the '{@link no.redthread.funding.applications.model.impl.FundingApplicationImpl <em>Funding Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.funding.applications.model.impl.FundingApplicationImpl
		 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getFundingApplication()
		 * @generated
		 */
		EClass FUNDING_APPLICATION = eINSTANCE.getFundingApplication();

		/**
		 * The meta object literal for the '<em><b>Scheme Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__SCHEME_ID = eINSTANCE.getFundingApplication_SchemeId();

		/**
		 * The meta object literal for the '<em><b>Scheme Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__SCHEME_NAME = eINSTANCE.getFundingApplication_SchemeName();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_APPLICATION__MEASURE = eINSTANCE.getFundingApplication_Measure();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__STATUS = eINSTANCE.getFundingApplication_Status();

		/**
		 * The meta object literal for the '<em><b>Amount Applied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__AMOUNT_APPLIED = eINSTANCE.getFundingApplication_AmountApplied();

		/**
		 * The meta object literal for the '<em><b>Amount Granted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__AMOUNT_GRANTED = eINSTANCE.getFundingApplication_AmountGranted();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__DEADLINE = eINSTANCE.getFundingApplication_Deadline();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__DECISION_DATE = eINSTANCE.getFundingApplication_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_APPLICATION__NOTES = eINSTANCE.getFundingApplication_Notes();

		/**
		 * The meta object literal for the '{@link no.redthread.funding.applications.model.ApplicationStatus <em>Application Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.funding.applications.model.ApplicationStatus
		 * @see no.redthread.funding.applications.model.impl.ApplicationsPackageImpl#getApplicationStatus()
		 * @generated
		 */
		EEnum APPLICATION_STATUS = eINSTANCE.getApplicationStatus();

	}

} //ApplicationsPackage
